/** Interview questionnaires: versioned templates, their sections and questions, and the standard questionnaire. */
package org.groundwork.visit.interview;

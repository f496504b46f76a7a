/** Businesses, contacts, employee history, targeting, import and export. */
package org.groundwork.business;

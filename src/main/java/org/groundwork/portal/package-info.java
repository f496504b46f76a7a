/**
 * The partner portal's pages: the board and list of issues shared with a partner's organization, one shared issue,
 * their follow-ups and notifications. Everything they show comes through the issue module's partner services,
 * which start from its access filter; this module holds no data of its own.
 */
package org.groundwork.portal;

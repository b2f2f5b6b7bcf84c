/**
 * What the member controls and what the employer may see: export and deletion of a member's data,
 * retention purges, and participation reports in aggregate with a minimum group size.
 */
package org.backcare.privacy;

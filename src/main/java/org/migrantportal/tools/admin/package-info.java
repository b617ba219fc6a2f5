/**
 * The back-office of the migrant tools: the job-offer check's questions, their
 * translations, workflow and history.
 */
package org.migrantportal.tools.admin;

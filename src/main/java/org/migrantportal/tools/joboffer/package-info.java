/**
 * The job-offer check: a short yes/no/don't-know questionnaire on the warning signs of
 * exploitative recruitment. Its questions, warnings, advice and introduction are
 * editorial content of the kind
 * {@link org.migrantportal.tools.joboffer.JobOfferKinds#QUESTION}, translated per
 * language, each translation with its own workflow state and revisions. A visitor's
 * answers are used for one answer only: never stored, never logged.
 */
package org.migrantportal.tools.joboffer;

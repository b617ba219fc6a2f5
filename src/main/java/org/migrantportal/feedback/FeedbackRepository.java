package org.migrantportal.feedback;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

	/** Removes the texts of answers received before the day; returns how many. */
	@Modifying
	@Query("update Feedback f set f.comment = null where f.comment is not null and f.receivedOn < :before")
	int removeCommentsReceivedBefore(@Param("before") LocalDate before);

}

package org.migrantportal.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

	/**
	 * Records that the code of this step was used, unless this or a later step's code was
	 * used already: 1 when recorded, 0 for a replay (two requests racing with one code
	 * included).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update SecondFactor f set f.lastStep = :step where f.accountId = :accountId and f.lastStep < :step")
	int useStep(Long accountId, long step);

}

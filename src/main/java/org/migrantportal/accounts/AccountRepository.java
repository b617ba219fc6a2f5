package org.migrantportal.accounts;

import java.util.List;
import java.util.Optional;

import org.migrantportal.shared.StaffRole;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	boolean existsByRoleAndEnabledTrue(StaffRole role);

	List<Account> findAllByOrderByEmailAsc();

}

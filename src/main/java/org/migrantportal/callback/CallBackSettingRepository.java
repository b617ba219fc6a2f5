package org.migrantportal.callback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallBackSettingRepository extends JpaRepository<CallBackSetting, Long> {

	List<CallBackSetting> findByAcceptsRequestsTrue();

}

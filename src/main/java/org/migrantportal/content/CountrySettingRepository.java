package org.migrantportal.content;

import org.migrantportal.shared.CountryScope;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountrySettingRepository extends JpaRepository<CountrySetting, CountryScope> {

}

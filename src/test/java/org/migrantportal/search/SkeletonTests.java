package org.migrantportal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkeletonTests {

	@Test
	void chatStyleAndNationalRomanisationMeetGeorgianScript() {
		assertThat(Skeleton.of("migracia")).isEqualTo(Skeleton.of("მიგრაცია"));
		assertThat(Skeleton.of("migratsia")).isEqualTo(Skeleton.of("მიგრაცია"));
		assertThat(Skeleton.of("shromiti")).isEqualTo(Skeleton.of("შრომითი"));
		assertThat(Skeleton.of("trefikingi")).isEqualTo(Skeleton.of("ტრეფიკინგი"));
		assertThat(Skeleton.of("treffikingi")).isNotEqualTo(Skeleton.of("ტრეფიკინგი"));
		assertThat(Skeleton.of("kartuli")).isEqualTo(Skeleton.of("ქართული"));
		assertThat(Skeleton.of("qartuli")).isEqualTo(Skeleton.of("ქართული"));
		assertThat(Skeleton.of("tsentri")).isEqualTo(Skeleton.of("ცენტრი"));
	}

	@Test
	void latinMeetsArmenianScript() {
		assertThat(Skeleton.of("migrant")).isEqualTo(Skeleton.of("միգրանտ"));
		assertThat(Skeleton.of("ashkhatanq")).isEqualTo(Skeleton.of("աշխատանք"));
		assertThat(Skeleton.of("hayastan")).isEqualTo(Skeleton.of("Հայաստան"));
	}

}

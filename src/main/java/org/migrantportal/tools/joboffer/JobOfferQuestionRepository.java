package org.migrantportal.tools.joboffer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobOfferQuestionRepository extends JpaRepository<JobOfferQuestion, Long> {

	Optional<JobOfferQuestion> findByContentKey(String contentKey);

	List<JobOfferQuestion> findAllByOrderByPartAscPositionAscIdAsc();

}

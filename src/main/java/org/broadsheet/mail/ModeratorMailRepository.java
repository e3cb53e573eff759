package org.broadsheet.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModeratorMailRepository extends JpaRepository<ModeratorMail, String> {

	List<ModeratorMail> findByFrequencyNot(Frequency frequency);

}

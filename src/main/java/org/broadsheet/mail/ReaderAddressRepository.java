package org.broadsheet.mail;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReaderAddressRepository extends JpaRepository<ReaderAddress, Long> {

	Optional<ReaderAddress> findByEmailKey(String emailKey);

}

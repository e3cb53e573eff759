package org.broadsheet.media;

import org.springframework.data.jpa.repository.JpaRepository;

/** Uploaded pictures' alt text. */
interface MediaImageRepository extends JpaRepository<MediaImage, String> {

}

package org.broadsheet.media;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Media settings under {@code broadsheet.media.*}.
 *
 * @param maxSize the largest image an editor may upload
 * @param keepMetadata whether images keep their EXIF, XMP and IPTC metadata (location,
 * camera serial numbers); off by default, so a source's whereabouts are never published
 * @param cacheDir where cleaned images and their width variants are kept, under the data
 * folder and never served directly
 * @param maxAge how long browsers and CDNs may keep an image at its plain address (the
 * fingerprinted variants are kept a year)
 * @param maxPixels the largest image accepted, in pixels, checked from the file's header
 * before any decoding
 */
@ConfigurationProperties("broadsheet.media")
record MediaProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("false") boolean keepMetadata,
		@DefaultValue("data/media-cache") Path cacheDir, @DefaultValue("5m") Duration maxAge,
		@DefaultValue("50000000") long maxPixels) {

}

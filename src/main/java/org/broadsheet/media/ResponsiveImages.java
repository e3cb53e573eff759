package org.broadsheet.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The responsive form of a picture under {@code /media/}, for the story body (at load
 * time) and the lead image: its size from the cleaned picture, its fingerprinted width
 * variants. A picture that is not there, or refused, has none.
 */
@Component
public class ResponsiveImages {

	static final int SRC_WIDTH = 960;

	static final int SHARE_WIDTH = 1200;

	static final int MAX_SRCSET_WIDTH = 1600;

	private final MediaFiles files;

	ResponsiveImages(MediaFiles files) {
		this.files = files;
	}

	/**
	 * The responsive form of a picture.
	 * @param url an address such as {@code /media/world/photo.jpg} (other addresses have
	 * none)
	 * @return its form, or empty
	 */
	public Optional<ResponsiveImage> of(String url) {
		if (url == null || !url.startsWith(MediaPaths.PREFIX) || url.contains("?") || url.contains("#")) {
			return Optional.empty();
		}
		String path = UriUtils.decode(url.substring(MediaPaths.PREFIX.length()), StandardCharsets.UTF_8);
		return this.files.find(path).map((image) -> form(url, image));
	}

	private static ResponsiveImage form(String url, PreparedImage image) {
		StringJoiner srcset = new StringJoiner(", ");
		for (int w : image.files().headMap(MAX_SRCSET_WIDTH, true).keySet()) {
			srcset.add(MediaFiles.variantUrl(url, image, w) + " " + w + "w");
		}
		int src = largestUpTo(image, SRC_WIDTH);
		int share = largestUpTo(image, SHARE_WIDTH);
		return new ResponsiveImage(MediaFiles.variantUrl(url, image, src), srcset.toString(), image.width(),
				image.height(), MediaFiles.variantUrl(url, image, share), share, image.heightAt(share));
	}

	private static int largestUpTo(PreparedImage image, int width) {
		Integer w = image.files().floorKey(width);
		return (w != null) ? w : image.files().firstKey();
	}

}

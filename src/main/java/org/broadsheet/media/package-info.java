/**
 * Images: uploads, cleaning and resizing, the media library and serving the files.
 */
@ApplicationModule(allowedDependencies = {})
package org.broadsheet.media;

import org.springframework.modulith.ApplicationModule;

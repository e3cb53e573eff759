/**
 * Stories as stored and shown: the {@code Article} entity, the public story pages (front,
 * desk, tag, author, story) and scheduled publication. Other features use only the types
 * marked {@code @NamedInterface("api")}: the entity and its parts, {@code ArticleLookup},
 * {@code PublicStory} and the {@code ArticlesChanged} event, never the repositories.
 */
@ApplicationModule(allowedDependencies = { "web" })
package org.broadsheet.article;

import org.springframework.modulith.ApplicationModule;

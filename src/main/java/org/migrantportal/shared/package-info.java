/**
 * Small value types and helpers every module uses: the country scope of content, safe
 * HTML rendered from Markdown, and the front-matter documents that initial content is
 * written in.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.migrantportal.shared;

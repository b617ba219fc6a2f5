/**
 * The media library: images and documents (PDF leaflets) staff upload, with a translated
 * title, alt text and caption per language. It owns the checks every upload passes (type
 * read from the bytes, size and pixel limits, images re-encoded without their metadata,
 * PDFs without scripts), the storage of the bytes behind {@link MediaStorage} under keys
 * the portal makes, and the responsive sizes of each image. Other modules refer to files
 * by id: {@link MediaReferences} shows them ({@code media:123} in texts, news covers),
 * and they tell where files are used through {@link MediaUsages}.
 */
package org.migrantportal.media;

/**
 * The media library: images and documents (PDF leaflets) staff upload, with a translated
 * title, alt text and caption per language. It owns the checks every upload passes (type
 * read from the bytes, size and pixel limits, images re-encoded without their metadata,
 * PDFs without scripts), the storage of the bytes behind {@link MediaStorage} under keys
 * the portal makes, and the responsive sizes of each image.
 */
package org.migrantportal.media;

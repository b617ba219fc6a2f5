package org.migrantportal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaUploadsTests {

	private final MediaUploads uploads = new MediaUploads(
			new MediaProperties(Path.of("unused"), DataSize.ofMegabytes(10), 40_000_000, List.of(480, 1024)));

	@Test
	void photoIsStoredWithoutItsExifAndGpsPosition() throws IOException {
		byte[] photo = MediaFixtures.jpegWithGps(640, 480);
		assertThat(MediaFixtures.hasApp1Segment(photo)).isTrue();
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif");

		CheckedUpload stored = this.uploads.check(photo);

		assertThat(stored.format()).isEqualTo(MediaFormat.JPEG);
		assertThat(MediaFixtures.hasApp1Segment(stored.bytes())).isFalse();
		assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		for (CheckedUpload.Variant variant : stored.variants()) {
			assertThat(MediaFixtures.hasApp1Segment(variant.bytes())).isFalse();
		}
		assertThat(ImageIO.read(new ByteArrayInputStream(stored.bytes())).getWidth()).isEqualTo(640);
	}

	@Test
	void wideImageGetsSmallerCopiesInItsOwnFormatNarrowImageNone() throws IOException {
		CheckedUpload wide = this.uploads.check(MediaFixtures.png(1600, 800));
		assertThat(wide.width()).isEqualTo(1600);
		assertThat(wide.height()).isEqualTo(800);
		assertThat(wide.variants()).extracting(CheckedUpload.Variant::width).containsExactly(480, 1024);
		assertThat(wide.variants()).extracting(CheckedUpload.Variant::height).containsExactly(240, 512);
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(wide.variants().get(0).bytes()));
		assertThat(small.getWidth()).isEqualTo(480);
		assertThat(new String(wide.variants().get(0).bytes(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

		assertThat(this.uploads.check(MediaFixtures.png(400, 300)).variants()).isEmpty();
		assertThat(this.uploads.check(MediaFixtures.jpeg(800, 600)).variants()).extracting(CheckedUpload.Variant::width)
			.containsExactly(480);
	}

	@Test
	void everyImageAndEachSmallerCopyGetsALighterWebpCopyExceptAVeryWideOriginal() throws IOException {
		CheckedUpload photo = this.uploads.check(MediaFixtures.jpeg(1600, 900));
		assertThat(isWebp(photo.webp())).isTrue();
		assertThat(photo.variants()).allSatisfy((variant) -> {
			assertThat(isWebp(variant.webp())).as(variant.width() + " px").isTrue();
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(variant.webp()));
			assertThat(decoded.getWidth()).isEqualTo(variant.width());
			assertThat(decoded.getHeight()).isEqualTo(variant.height());
		});
		assertThat(photo.variants().get(1).webp().length).as("lighter than the JPEG of the same size")
			.isLessThan(photo.variants().get(1).bytes().length);

		CheckedUpload transparent = this.uploads.check(MediaFixtures.png(600, 300));
		assertThat(isWebp(transparent.webp())).isTrue();

		CheckedUpload panorama = this.uploads.check(MediaFixtures.png(ImageChecks.WEBP_MAX_WIDTH + 100, 200));
		assertThat(panorama.webp()).as("the full size of a very wide image").isNull();
		assertThat(panorama.variants()).allSatisfy((variant) -> assertThat(isWebp(variant.webp())).isTrue());

		assertThat(this.uploads.check(MediaFixtures.pdf()).webp()).as("a document").isNull();
	}

	private static boolean isWebp(byte[] bytes) {
		return bytes != null && bytes.length > 12 && new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
				&& new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
	}

	@Test
	void gifKeepsItsFirstFrameAsAGif() {
		CheckedUpload gif = this.uploads.check(MediaFixtures.gif(50, 40));
		assertThat(gif.format()).isEqualTo(MediaFormat.GIF);
		assertThat(new String(gif.bytes(), 0, 3, StandardCharsets.US_ASCII)).isEqualTo("GIF");
	}

	@Test
	void webpIsReadAndStoredAsPng() {
		CheckedUpload webp = this.uploads.check(MediaFixtures.webp());
		assertThat(webp.format()).isEqualTo(MediaFormat.PNG);
		assertThat(webp.width()).isEqualTo(1);
	}

	@Test
	void plainPdfIsStoredAsSent() {
		byte[] pdf = MediaFixtures.pdf();
		CheckedUpload stored = this.uploads.check(pdf);
		assertThat(stored.kind()).isEqualTo(MediaKind.DOCUMENT);
		assertThat(stored.format()).isEqualTo(MediaFormat.PDF);
		assertThat(stored.bytes()).isEqualTo(pdf);
	}

	@Test
	void decompressionBombIsRefusedFromItsHeader() {
		byte[] bomb = MediaFixtures.pngDeclaring(50_000, 50_000);
		assertThat(bomb.length).isLessThan(1000);
		assertRefused(bomb, "media.error.too-many-pixels");
	}

	@Test
	void fileOverTheLimitIsRefusedWhateverItIs() {
		MediaUploads small = new MediaUploads(
				new MediaProperties(Path.of("unused"), DataSize.ofKilobytes(1), 40_000_000, List.of()));
		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> small.check(new byte[2048]))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("media.error.too-large"));
		assertRefused(new byte[0], "media.error.empty");
	}

	static Stream<Arguments> refusedFiles() {
		return Stream.of(refused("svg", MediaFixtures::svg, "media.error.type-not-allowed"),
				refused("html", MediaFixtures::html, "media.error.type-not-allowed"),
				refused("zip", MediaFixtures::zip, "media.error.type-not-allowed"),
				refused("exe", MediaFixtures::exe, "media.error.type-not-allowed"),
				refused("text", () -> "hello".getBytes(StandardCharsets.UTF_8), "media.error.type-not-allowed"),
				refused("truncated png", () -> java.util.Arrays.copyOf(MediaFixtures.png(100, 100), 60),
						"media.error.unreadable"),
				refused("encrypted pdf", MediaFixtures::encryptedPdf, "media.error.pdf-encrypted"),
				refused("pdf with javascript in names", MediaFixtures::pdfWithJavaScriptInNames,
						"media.error.pdf-script"),
				refused("pdf with javascript open action", MediaFixtures::pdfWithJavaScriptOpenAction,
						"media.error.pdf-script"),
				refused("pdf with javascript link", MediaFixtures::pdfWithJavaScriptLink, "media.error.pdf-script"),
				refused("pdf with launch action", MediaFixtures::pdfWithLaunchAction, "media.error.pdf-launch"));
	}

	private static Arguments refused(String name, Supplier<byte[]> file, String messageKey) {
		return Arguments.of(name, file, messageKey);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void unsafeOrUnknownFilesAreRefusedWithTheirReason(String name, Supplier<byte[]> file, String messageKey) {
		assertRefused(file.get(), messageKey);
	}

	private void assertRefused(byte[] bytes, String messageKey) {
		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> this.uploads.check(bytes))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

}

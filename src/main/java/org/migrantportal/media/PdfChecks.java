package org.migrantportal.media;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens an uploaded PDF with PDFBox and refuses it when it is encrypted (it could not be
 * checked) or when anything in it would run: JavaScript (in the name tree, an open
 * action, a page's, an annotation's or a form field's actions) or a Launch action that
 * starts a program. Every object of the file is visited, so a script cannot hide where a
 * reader of the document structure would not look.
 */
class PdfChecks {

	/** More objects than a leaflet has; a file past it is refused rather than walked. */
	private static final int MAX_OBJECTS = 500_000;

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	CheckedUpload check(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted()) {
				throw new UploadRejectedException("media.error.pdf-encrypted");
			}
			walk(document.getDocument().getTrailer());
			return new CheckedUpload(MediaKind.DOCUMENT, MediaFormat.PDF, bytes, null, null, List.of(), null);
		}
		catch (InvalidPasswordException ex) {
			throw new UploadRejectedException("media.error.pdf-encrypted", ex);
		}
		catch (IOException ex) {
			throw new UploadRejectedException("media.error.unreadable", ex);
		}
	}

	private static void walk(COSBase root) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			COSBase item = pending.pop();
			if (item instanceof COSObject reference) {
				item = reference.getObject();
			}
			if (item == null || !seen.add(item)) {
				continue;
			}
			if (seen.size() > MAX_OBJECTS) {
				throw new UploadRejectedException("media.error.unreadable");
			}
			if (item instanceof COSDictionary dictionary) {
				check(dictionary);
				for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
					pending.push(entry.getValue());
				}
			}
			else if (item instanceof COSArray array) {
				for (COSBase element : array) {
					pending.push(element);
				}
			}
		}
	}

	private static void check(COSDictionary dictionary) {
		COSBase action = dictionary.getDictionaryObject(COSName.S);
		if (LAUNCH.equals(action)) {
			throw new UploadRejectedException("media.error.pdf-launch");
		}
		if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)
				|| dictionary.containsKey(COSName.JAVA_SCRIPT)) {
			throw new UploadRejectedException("media.error.pdf-script");
		}
	}

}

package org.broadsheet.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.Node;

/**
 * Pictures built in the tests: a phone photo (JPEG with GPS coordinates and orientation
 * 6, stored sideways), a decompression bomb, and readers for what comes back.
 */
final class TestImages {

	/**
	 * The phone photo as the camera stored it: 2000 x 1000, left half red, right half
	 * blue.
	 */
	static final int STORED_WIDTH = 2000;

	static final int STORED_HEIGHT = 1000;

	private TestImages() {
	}

	/** A JPEG stored sideways (orientation 6) with GPS coordinates in its EXIF. */
	static byte[] phonePhoto() {
		BufferedImage image = new BufferedImage(STORED_WIDTH, STORED_HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, STORED_WIDTH / 2, STORED_HEIGHT);
		g.setColor(Color.BLUE);
		g.fillRect(STORED_WIDTH / 2, 0, STORED_WIDTH / 2, STORED_HEIGHT);
		g.dispose();
		byte[] jpeg = write(image, "jpeg");
		byte[] exif = exif();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.writeBytes(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** An EXIF block: orientation 6 and a GPS latitude of 37.5665 N. */
	private static byte[] exif() {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeBytes("Exif\0\0");
			out.writeBytes("MM");
			out.writeShort(42);
			out.writeInt(8);
			out.writeShort(2); // IFD0 at 8: two entries
			entry(out, 0x0112, 3, 1, 6 << 16);
			entry(out, 0x8825, 4, 1, 38);
			out.writeInt(0);
			out.writeShort(2); // GPS IFD at 38
			entry(out, 0x0001, 2, 2, 'N' << 24);
			entry(out, 0x0002, 5, 3, 68);
			out.writeInt(0);
			for (int[] rational : new int[][] { { 37, 1 }, { 33, 1 }, { 5994, 100 } }) {
				out.writeInt(rational[0]);
				out.writeInt(rational[1]);
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void entry(DataOutputStream out, int tag, int type, int count, int value) throws IOException {
		out.writeShort(tag);
		out.writeShort(type);
		out.writeInt(count);
		out.writeInt(value);
	}

	static byte[] png(int width, int height) {
		return write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png");
	}

	static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A 50,000 x 50,000 black PNG whose pixel data is a few hundred KB of zeros deflated.
	 */
	static byte[] pngBomb() {
		try {
			ByteArrayOutputStream idat = new ByteArrayOutputStream();
			try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
				byte[] row = new byte[1 + 50_000 / 8];
				for (int y = 0; y < 50_000; y++) {
					z.write(row);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
			ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
			DataOutputStream header = new DataOutputStream(ihdr);
			header.writeInt(50_000);
			header.writeInt(50_000);
			header.write(new byte[] { 1, 0, 0, 0, 0 });
			chunk(png, "IHDR", ihdr.toByteArray());
			chunk(png, "IDAT", idat.toByteArray());
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		out.writeInt(data.length);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

	static byte[] cut(byte[] bytes, double fraction) {
		return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
	}

	static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the picture stands upright: red on top, blue below. */
	static boolean upright(byte[] bytes) {
		BufferedImage image = read(bytes);
		Color top = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 4));
		Color bottom = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() * 3 / 4));
		return image.getHeight() > image.getWidth() && top.getRed() > 200 && top.getBlue() < 60
				&& bottom.getBlue() > 200 && bottom.getRed() < 60;
	}

	/**
	 * The application markers ImageIO finds in a JPEG's metadata (225 is APP1: EXIF or
	 * XMP; 237 is APP13: IPTC).
	 */
	static String jpegMarkers(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			reader.setInput(input);
			IIOMetadata metadata = reader.getImageMetadata(0);
			Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
			StringBuilder markers = new StringBuilder();
			collect(root, markers);
			reader.dispose();
			return markers.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collect(Node node, StringBuilder markers) {
		if (node.getAttributes() != null && node.getAttributes().getNamedItem("MarkerTag") != null) {
			markers.append(node.getAttributes().getNamedItem("MarkerTag").getNodeValue()).append(' ');
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			collect(child, markers);
		}
	}

	static boolean contains(byte[] bytes, String text) {
		byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
		outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}

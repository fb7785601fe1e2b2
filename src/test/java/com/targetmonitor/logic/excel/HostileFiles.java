package com.targetmonitor.logic.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Bad files for tests, each made from a good workbook the way an attacker or an accident would. */
public final class HostileFiles {

    public static final String SECRET = "TOP-SECRET-9f3c";

    private HostileFiles() {
    }

    public static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    }

    public static Path wordRenamed(Path dir) throws IOException {
        Path file = dir.resolve("report.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("2024年1-6月 工作总结");
            doc.write(out);
        }
        return file;
    }

    public static Path truncated(Path good, Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        return Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** The sheet's XML padded with 20 MB of blanks that compress to almost nothing. */
    public static Path zipBomb(Path good, Path dir) throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** The shared strings declare an external entity pointing at a secret file and use it in a cell. */
    public static Path externalEntity(Path good, Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        return rewrite(good, dir.resolve("xxe.xlsx"), "xl/sharedStrings.xml", xml -> {
            int end = xml.indexOf("?>") + 2;
            return xml.substring(0, end) + doctype + xml.substring(end).replaceFirst("<t>([^<]*)</t>", "<t>&xxe;</t>");
        });
    }

    public static Path rewrite(Path good, Path file, String entry, UnaryOperator<String> change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return file;
    }

    /** The good .xlsx encrypted with a password, as Excel's "Protect with password" writes it. */
    public static Path passwordXlsx(Path good, Path dir) throws Exception {
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs); InputStream in = Files.newInputStream(good)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An old .xls saved with a password to open. */
    public static Path passwordXls(Path dir) throws IOException {
        Path file = dir.resolve("protected.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Workbooks.fill(wb.createSheet("月报"), new Object[][] {{"指标名称", "1-6月"}, {"地区生产总值", 100}});
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }
}

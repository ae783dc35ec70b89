package dev.ecslint.core.grade;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of the entries of a zip archive that are symbolic links. {@code java.util.zip} streams an
 * entry's bytes (for a link: the target's path) without saying what it is; only the central directory
 * records it, in the Unix mode bits of an entry made on Unix ({@code S_IFLNK}, APPNOTE 4.4.2 and 4.4.15).
 * The directory is read with bounds on its size and entry count; an archive without a readable one
 * (which the streaming reader then judges) has no known links.
 */
final class ZipLinks {

    private static final int END_RECORD = 0x06054b50;
    private static final int ENTRY_RECORD = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int HOST_UNIX = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;

    private ZipLinks() {
    }

    static Set<String> names(Path zip, Charset names, int maxEntries, long maxDirectoryBytes) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(zip, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = in.size();
            int tailLength = (int) Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
            ByteBuffer tail = read(in, size - tailLength, tailLength);
            int end = -1;
            for (int i = tail.limit() - END_RECORD_SIZE; i >= 0; i--) {
                if (tail.getInt(i) == END_RECORD) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return Set.of();
            }
            int entries = Short.toUnsignedInt(tail.getShort(end + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (entries > maxEntries || directorySize > maxDirectoryBytes || directoryOffset + directorySize > size) {
                return Set.of(); // zip64 or damaged: the streaming reader's limits apply
            }
            return links(read(in, directoryOffset, (int) directorySize), entries, names);
        }
    }

    private static Set<String> links(ByteBuffer directory, int entries, Charset names) {
        Set<String> links = new HashSet<>();
        int at = 0;
        for (int n = 0; n < entries && at + 46 <= directory.limit(); n++) {
            if (directory.getInt(at) != ENTRY_RECORD) {
                break;
            }
            int madeBy = Short.toUnsignedInt(directory.getShort(at + 4)) >>> 8;
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
            int mode = directory.getInt(at + 38) >>> 16;
            if (at + 46 + nameLength > directory.limit()) {
                break;
            }
            if (madeBy == HOST_UNIX && (mode & FILE_TYPE_MASK) == SYMBOLIC_LINK) {
                byte[] name = new byte[nameLength];
                directory.get(at + 46, name);
                links.add(new String(name, names));
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return links;
    }

    private static ByteBuffer read(SeekableByteChannel in, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        in.position(position);
        while (buffer.hasRemaining() && in.read(buffer) > 0) {
            // fill
        }
        return buffer.flip();
    }
}

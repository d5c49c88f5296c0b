package org.nec.localstack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 files under {@code failing:} whose writes can be made to fail as on a full disk: on a call in this JVM, or
 * while a marker file exists (for a store run as another process).
 */
public final class FailingFilePath extends FilePathWrapper {

    static final String SCHEME = "failing";
    private static volatile boolean diskFull;
    private static volatile Path fullWhileExists;

    /** Public: H2 creates one per path by reflection. */
    public FailingFilePath() {
    }

    static void register() {
        FilePath.register(new FailingFilePath());
    }

    static void diskFull(boolean full) {
        diskFull = full;
    }

    static void fullWhileExists(Path marker) {
        fullWhileExists = marker;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FailingChannel(getBase().open(mode));
    }

    private static final class FailingChannel extends FileBase {

        private final FileChannel channel;

        FailingChannel(FileChannel channel) {
            this.channel = channel;
        }

        private static void failIfFull() throws IOException {
            Path marker = fullWhileExists;
            if (diskFull || marker != null && Files.exists(marker)) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            failIfFull();
            return channel.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            failIfFull();
            return channel.write(src, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            failIfFull();
            channel.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}

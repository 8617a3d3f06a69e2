package com.notefolio.web.upload;

import java.io.IOException;

/**
 * An upload refused because it passed the size limit while it was being received. An {@code IOException},
 * so that thrown from an upload handler it fails the upload in the browser too.
 */
public final class UploadTooLargeException extends IOException {

    public UploadTooLargeException(String fileName, long maxBytes) {
        super(fileName + " is larger than the " + readable(maxBytes) + " an upload may have; nothing was stored.");
    }

    private static String readable(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return bytes / (1 << 20) + " MB";
        }
        return bytes + " bytes";
    }
}

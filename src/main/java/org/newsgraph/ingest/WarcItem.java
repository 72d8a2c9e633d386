package org.newsgraph.ingest;

import java.time.Instant;

/**
 * One record of a WARC file as the job accounts for it.
 *
 * @param offset  where the record starts in the file (compressed offset for .warc.gz): with the file name,
 *                enough to fetch the record again with any WARC tool
 * @param type    the WARC-Type (response, request, metadata, ...), or null when the header could not be read
 * @param target  WARC-Target-URI, or null
 * @param date    WARC-Date (when the page was crawled), or null
 * @param html    the page's bytes (HTTP body, transfer and content encodings removed) when this record is an
 *                HTML page to read as an article; null otherwise
 * @param charset the charset the HTTP Content-Type header declared, or null
 * @param status  null for an HTML page, else the documents.status the record gets
 * @param detail  why the record has that status
 */
public record WarcItem(long offset, String type, String target, Instant date, byte[] html, String charset,
                       String status, String detail) {}

package org.bangfu.identification;

/** A file to attach: at most 5 MB; images, PDF or office documents. */
public record NewAttachment(AttachmentKind kind, String fileName, String contentType, byte[] content, Long visitId) {
}

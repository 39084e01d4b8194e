package org.bangfu.identification;

/** What an uploaded file is. */
public enum AttachmentKind {
    APPLICATION, MEANS_CHECK_AUTHORIZATION, EVIDENCE, VISIT_PHOTO, OTHER
}

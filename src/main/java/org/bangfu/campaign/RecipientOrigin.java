package org.bangfu.campaign;

/** Where a recipient came from: a hardship file, the model-worker list, or entered for the campaign. */
public enum RecipientOrigin {
    FILE, MODEL_WORKER, ENTERED
}

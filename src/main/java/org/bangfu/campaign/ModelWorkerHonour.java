package org.bangfu.campaign;

/** The honour on the model-worker list: national, provincial or city model worker. */
public enum ModelWorkerHonour {
    NATIONAL, PROVINCIAL, CITY
}

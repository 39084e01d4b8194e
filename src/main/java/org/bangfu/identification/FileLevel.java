package org.bangfu.identification;

/**
 * The level of a hardship file: national-level files (全国级档案) may receive central and provincial funds; local
 * files only local money (GUIDE.md section 7). Temporary emergency files are local until they are completed.
 */
public enum FileLevel {
    NATIONAL, LOCAL
}

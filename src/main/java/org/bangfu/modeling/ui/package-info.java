/** The 流程部署 screen: proposals, their diff and lint result, approve or return. */
package org.bangfu.modeling.ui;

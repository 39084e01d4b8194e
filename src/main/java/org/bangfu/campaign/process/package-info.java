/** The steps of a warmth campaign as kinds of human task, and what their tasks are about. */
package org.bangfu.campaign.process;

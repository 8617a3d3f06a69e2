/**
 * The dashboard's panels, which {@code DashboardView} composes: the KPI tiles, each with its definition
 * on screen and the notes counted by status (a warning for notes not yet issued); the notice that marks
 * figures stale when the inputs on screen no longer match them; the stratification tables, whose
 * rows open their notes where the notes grid can filter on the bucket; and the sensitivity ladder (NPV
 * at parallel shifts of the curve), which the note screen shows for one note too. They draw the core's figures as a
 * service prepared them and compute nothing.
 */
package com.notefolio.web.view.dashboard;

/**
 * The dashboard's panels, which {@code DashboardView} composes: the KPI tiles, each with its definition
 * on screen and the notes counted by status (a warning for notes not yet issued); the notice that marks
 * figures stale when the inputs on screen no longer match them; and the stratification tables, whose
 * rows open their notes where the notes grid can filter on the bucket. They draw the core's figures as a
 * service prepared them and compute nothing.
 */
package com.notefolio.web.view.dashboard;

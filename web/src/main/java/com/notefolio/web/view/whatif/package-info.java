/** Parts of the what-if screen: the scenario editor and the comparison tables. */
package com.notefolio.web.view.whatif;

package com.targetmonitor.ui.main;

import com.targetmonitor.model.Status;

/** A summary tile: how many indicators stand at a status, and whether the table is filtered to it. */
public record StatusTile(Status status, int count, boolean active) {
}

package io.elsim.line;

/** A putter of vehicles: a blocked server, the blocked release, a vehicle back from rework. */
interface Sender extends Putter<Vehicle> { }

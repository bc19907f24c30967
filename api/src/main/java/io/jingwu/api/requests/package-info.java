/**
 * Citizens' requests: how one is submitted on any channel, routed to the queue of the responsible unit,
 * taken through the closed loop 接单—派单—处置—反馈—跟进—回访 by the rules of the request itself, and
 * tracked by its tracking number, with the trail of every move it makes.
 */
package io.jingwu.api.requests;

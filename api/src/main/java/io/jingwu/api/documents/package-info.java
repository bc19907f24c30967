/**
 * Identity documents checked on their own, before anyone is verified against them: Chinese resident identity
 * numbers (GB 11643) and the residence permits of Hong Kong, Macao and Taiwan residents, ICAO 9303
 * machine-readable zones and typed passport fields, foreigners' permanent residence ID cards and the mainland
 * travel permits of Hong Kong, Macao and Taiwan residents. Nothing is stored; numbers leave only masked.
 */
package io.jingwu.api.documents;

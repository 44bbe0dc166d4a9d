package org.iprassist.cases.internal.casefile;

/**
 * Who applies: a natural person (identified by ID number) or an enterprise (by its unified social
 * credit code).
 */
public enum ApplicantKind {
	PERSON, ENTERPRISE
}

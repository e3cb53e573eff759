package org.broadsheet.account;

class UsernameTakenException extends RuntimeException {

	UsernameTakenException() {
		super("Username taken");
	}

}

package org.broadsheet.account;

/**
 * Refused: the change would leave no enabled administrator.
 */
class LastAdminException extends RuntimeException {

	LastAdminException() {
		super("The last enabled administrator cannot be disabled or demoted");
	}

}

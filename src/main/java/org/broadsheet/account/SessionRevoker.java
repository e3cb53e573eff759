package org.broadsheet.account;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Signs a staff member out everywhere (their sessions are deleted from the shared store)
 * after their roles, password or access change.
 */
@Component
class SessionRevoker {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionRevoker(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void revokeAll(String username) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		Map<String, ? extends Session> found = repository.findByPrincipalName(username);
		found.keySet().forEach(repository::deleteById);
	}

}

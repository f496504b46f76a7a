package org.groundwork.base;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import lombok.RequiredArgsConstructor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Writes every insert, update and delete of an {@link AbstractEntity} to the audit trail, with the changed
 * fields. Hooked into Hibernate's own events so no service can forget to audit.
 */
@Component
@RequiredArgsConstructor
class AuditTrailRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final AuditWriter writer;

    @PostConstruct
    void register() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof AbstractEntity entity) {
            writer.write(null, AuditAction.CREATE, typeName(entity), entity.getId(),
                    ChangeDescriber.describeNew(entity.getClass(), event.getPersister().getPropertyNames(),
                            event.getState()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof AbstractEntity entity && event.getDirtyProperties() != null) {
            String changes = ChangeDescriber.describeChanges(entity.getClass(),
                    event.getPersister().getPropertyNames(), event.getDirtyProperties(), event.getOldState(),
                    event.getState());
            if (!changes.isEmpty()) {
                writer.write(null, AuditAction.UPDATE, typeName(entity), entity.getId(), changes);
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof AbstractEntity entity) {
            writer.write(null, AuditAction.DELETE, typeName(entity), entity.getId(), null);
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        if (event.getAffectedOwnerOrNull() instanceof AbstractEntity owner) {
            String role = event.getCollection().getRole();
            String field = role.substring(role.lastIndexOf('.') + 1);
            writer.write(null, AuditAction.UPDATE, typeName(owner), owner.getId(),
                    ChangeDescriber.describeCollection(field, event.getCollection().getStoredSnapshot(),
                            event.getCollection()));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    static String typeName(Object entity) {
        return org.hibernate.Hibernate.getClass(entity).getSimpleName();
    }
}

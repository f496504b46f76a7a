package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;

/** A named businesses-grid setup (filter, columns, sort) that belongs to one user. */
@Entity
@Table(name = "saved_view")
public class SavedView extends AbstractEntity {

    @Column(name = "owner_username", nullable = false, length = 100, updatable = false)
    private String ownerUsername;

    @NotBlank(message = "Give the view a name.")
    @Size(max = 100, message = "Keep the name under 100 characters.")
    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "filter_text", length = 200)
    private String filterText;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private TargetTier tier;

    @Column(name = "key_company")
    private Boolean keyCompany;

    @Column(name = "filter_owner_id")
    private Long filterOwnerId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private BusinessStatus status;

    @Column(length = 50)
    private String tag;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 10)
    private RiskLevel riskLevel;

    @Column(nullable = false)
    private boolean archived;

    /** Column names in display order, comma-separated. */
    @Column(name = "visible_columns", nullable = false, length = 500)
    private String visibleColumns;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_column", length = 30)
    private BusinessColumn sortColumn;

    @Column(name = "sort_descending", nullable = false)
    private boolean sortDescending;

    protected SavedView() {
    }

    SavedView(String ownerUsername, String name, BusinessGridState state) {
        this.ownerUsername = ownerUsername;
        rename(name);
        apply(state);
    }

    public String getName() {
        return name;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    void rename(String newName) {
        this.name = newName == null ? null : newName.trim();
    }

    void apply(BusinessGridState state) {
        BusinessFilter filter = state.filter();
        filterText = Texts.trimmed(filter.text());
        sector = filter.sector();
        tier = filter.tier();
        keyCompany = filter.keyCompany();
        filterOwnerId = filter.ownerId();
        status = filter.status();
        tag = Texts.trimmed(filter.tag());
        riskLevel = filter.riskLevel();
        archived = filter.archived();
        visibleColumns = state.columns().stream().map(Enum::name).collect(Collectors.joining(","));
        sortColumn = state.sortColumn();
        sortDescending = state.descending();
    }

    public BusinessGridState state() {
        BusinessFilter filter = new BusinessFilter(filterText, sector, tier, keyCompany, filterOwnerId, status, tag,
                riskLevel, archived);
        return new BusinessGridState(filter, columns(), sortColumn, sortDescending);
    }

    /** Columns a later release no longer has are skipped rather than failing the whole view. */
    private List<BusinessColumn> columns() {
        List<String> known = Arrays.stream(BusinessColumn.values()).map(Enum::name).toList();
        return Arrays.stream(visibleColumns.split(",")).filter(known::contains).map(BusinessColumn::valueOf)
                .toList();
    }
}

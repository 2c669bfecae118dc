package dk.elaas.supplier;

import java.util.List;

/** The supplier register's list as the screens see it: the embedded database or the central server. */
@FunctionalInterface
public interface SupplierLister {
    List<SupplierRecord> list(String filter);
}

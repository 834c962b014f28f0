package io.jdbcguard.spring.boot.shop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

  List<Customer> findByCity(String city);

  /** A bulk update whose WHERE is real; the row limit decides. */
  @Transactional
  @Modifying
  @Query("update Customer c set c.city = :city where c.city <> :city")
  int moveEveryone(@Param("city") String city);
}

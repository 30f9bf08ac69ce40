package vn.bacson.khenthuong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KhenThuongApplication {

    public static void main(String[] args) {
        SpringApplication.run(KhenThuongApplication.class, args);
    }
}
